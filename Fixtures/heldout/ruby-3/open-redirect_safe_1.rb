# app/controllers/oauth/authorizations_controller.rb
module Oauth
  class AuthorizationsController < ApplicationController
    before_action :authenticate_user!

    def create
      client = OauthClient.find_by!(uid: params.require(:client_id))
      callback = params.fetch(:redirect_uri)
      return head(:bad_request) unless client.redirect_uris.include?(callback)

      grant = client.grants.create!(user: current_user, scopes: params[:scope].to_s.split)
      redirect_to "#{callback}?code=#{grant.code}&state=#{CGI.escape(params[:state].to_s)}", allow_other_host: true
    end

    def cancel
      redirect_to local_path(params[:return_to]) || root_path
    end

    private

    def local_path(raw)
      uri = URI.parse(raw.to_s)
      return nil if uri.scheme || uri.host || !uri.path.start_with?("/") || uri.path.start_with?("//")

      uri.query ? "#{uri.path}?#{uri.query}" : uri.path
    rescue URI::InvalidURIError
      nil
    end
  end
end
