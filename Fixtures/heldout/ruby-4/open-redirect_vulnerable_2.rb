# frozen_string_literal: true

# Rails API mode: OAuth-style "connect your store" flow for the mobile and web clients.
class Integrations::ConnectionsController < ApplicationController
  include ActionController::Cookies

  def start
    cookies.encrypted[:connect_state] = { state: SecureRandom.hex(16), back: params[:back_url] }
    redirect_to provider_authorize_url, allow_other_host: true
  end

  def callback
    saved = cookies.encrypted[:connect_state] || {}
    connection = Integrations::Connect.new(current_user, code: params[:code]).call
    back = saved["back"].presence || "https://app.example.com/integrations"
    redirect_to "#{back}?connected=#{connection.id}", allow_other_host: true # expect: open-redirect
  end

  def failure
    redirect_to params.fetch(:next, "/integrations"), allow_other_host: true # expect: open-redirect
  end

  private

  def provider_authorize_url
    "https://provider.example.net/oauth/authorize?client_id=#{ENV.fetch('PROVIDER_CLIENT_ID')}"
  end
end
