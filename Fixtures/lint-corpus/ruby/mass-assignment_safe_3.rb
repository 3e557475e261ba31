class ProjectMembersController < ApplicationController
  def bulk_add
    entries = JSON.parse(request.body.read)
    entries.each { |entry| current_project.memberships.create(entry.slice("nickname", "email")) }
    head :created
  end

  def probe
    address = IPAddr.new(params.require(:address))
    render json: { private: address.private? }
  end

  private

  def membership_params
    params.require(:membership).permit(:nickname, :email)
  end
end
