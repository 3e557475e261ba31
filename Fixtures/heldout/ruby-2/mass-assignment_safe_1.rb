class Settings::ProfilesController < ApplicationController
  before_action :authenticate_user!

  def update
    if current_user.update(profile_params)
      redirect_to settings_profile_path, notice: "Saved"
    else
      render :edit, status: :unprocessable_entity
    end
  end

  def update_notifications
    prefs = current_user.notification_preference
    prefs.assign_attributes(params.require(:notification_preference).permit(:digest, :mentions, channels: []))
    prefs.save!
    head :no_content
  end

  private

  def profile_params
    params.expect(user: [:display_name, :bio, :time_zone, { links: [] }])
  end
end
