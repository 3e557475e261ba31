# app/controllers/team_members_controller.rb
class TeamMembersController < ApplicationController
  before_action :load_team

  def update
    member = @team.members.find(params[:id])
    if member.update(member_params)
      render json: member
    else
      render json: member.errors, status: :unprocessable_entity
    end
  end

  def import
    rows = JSON.parse(request.raw_post)
    created = rows.map { |attrs| @team.members.create!(attrs) } # expect: mass-assignment
    render json: { created: created.size }, status: :created
  end

  private

  def load_team
    @team = current_user.teams.find(params[:team_id])
  end

  def member_params
    params.require(:member).permit(:display_name, :title, :role, :admin, :team_id) # expect: mass-assignment
  end
end
