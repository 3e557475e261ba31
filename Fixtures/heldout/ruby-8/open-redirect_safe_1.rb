# frozen_string_literal: true

require "uri"

module Members
  # Sign-in for the member portal; partner sites send people here with ?continue=.
  class SessionsController < Devise::SessionsController
    PARTNER_HOSTS = %w[shop.example.org forum.example.org].freeze

    def new
      session[:continue_to] = params[:continue] if params[:continue].present?
      super
    end

    def create
      self.resource = warden.authenticate!(auth_options)
      sign_in(resource_name, resource)
      redirect_to continue_destination, allow_other_host: true
    end

    private

    def continue_destination
      uri = URI.parse(session.delete(:continue_to).to_s)
      return members_root_path unless uri.is_a?(URI::HTTPS) && PARTNER_HOSTS.include?(uri.host)

      uri.to_s
    rescue URI::InvalidURIError
      members_root_path
    end
  end
end
