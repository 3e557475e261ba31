# frozen_string_literal: true

module Members
  # Sign-up for the climbing gym; extends the stock Devise registration.
  class RegistrationsController < Devise::RegistrationsController
    before_action :load_gym

    def create
      build_resource(sign_up_params)
      resource.home_gym = @gym
      if resource.save
        sign_up(resource_name, resource)
        respond_with resource, location: after_sign_up_path_for(resource)
      else
        clean_up_passwords resource
        respond_with resource
      end
    end

    protected

    def sign_up_params
      params.require(:member).permit(:email, :password, :password_confirmation, :full_name, :belay_certified_on)
    end

    private

    def load_gym
      @gym = Gym.find_by!(slug: params[:gym])
    end
  end
end
