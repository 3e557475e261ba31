# Jets controller: profile settings for the member area.
class ProfilesController < ApplicationController
  def update
    profile = current_user.profile
    if profile.update(profile_params)
      render json: profile
    else
      render json: { errors: profile.errors }, status: 422
    end
  end

  def create
    profile = current_user.build_profile(profile_params)
    profile.save!
    render json: profile, status: 201
  end

  private

  def profile_params
    params.require(:profile).permit(:display_name, :bio, :time_zone, :avatar_url)
  end
end
