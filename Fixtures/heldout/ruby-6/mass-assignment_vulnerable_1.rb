# Jets controller: profile settings for the member area.
class ProfilesController < ApplicationController
  def update
    profile = current_user.profile
    if profile.update(params.require(:profile).permit!) # expect: mass-assignment
      render json: profile
    else
      render json: { errors: profile.errors }, status: 422
    end
  end

  def create
    attrs = params[:profile].to_unsafe_h
    attrs["user_id"] = current_user.id
    profile = Profile.new(attrs) # expect: mass-assignment
    profile.save!
    render json: profile, status: 201
  end
end
