class ProjectMembersController < ApplicationController
  def bulk_add
    entries = JSON.parse(request.body.read)
    entries.each { |entry| current_project.memberships.create(entry) } # expect: mass-assignment
    head :created
  end

  private

  def membership_params
    params.require(:membership).permit(:nickname, :is_admin) # expect: mass-assignment
  end
end
