# frozen_string_literal: true

module Members
  # Sign-in for the member portal; partner sites send people here with ?continue=.
  class SessionsController < Devise::SessionsController
    def new
      session[:continue_to] = params[:continue] if params[:continue].present?
      super
    end

    def create
      self.resource = warden.authenticate!(auth_options)
      sign_in(resource_name, resource)
      destination = session.delete(:continue_to) || members_root_path
      redirect_to destination, allow_other_host: true # expect: open-redirect
    end
  end
end
