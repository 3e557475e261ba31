# frozen_string_literal: true

require "uri"

# Rails API mode: OAuth-style "connect your store" flow for the mobile and web clients.
class Integrations::ConnectionsController < ApplicationController
  include ActionController::Cookies

  ALLOWED_BACK_HOSTS = %w[app.example.com admin.example.com].freeze
  DEFAULT_BACK = "https://app.example.com/integrations"

  def start
    cookies.encrypted[:connect_state] = { state: SecureRandom.hex(16), back: params[:back_url] }
    redirect_to provider_authorize_url, allow_other_host: true
  end

  def callback
    saved = cookies.encrypted[:connect_state] || {}
    connection = Integrations::Connect.new(current_user, code: params[:code]).call
    back = trusted_back(saved["back"])
    redirect_to "#{back}?connected=#{connection.id}", allow_other_host: true
  end

  def failure
    redirect_to url_from(params[:next]) || "/integrations"
  end

  private

  def trusted_back(value)
    uri = URI.parse(value.to_s)
    return DEFAULT_BACK unless uri.is_a?(URI::HTTPS) && ALLOWED_BACK_HOSTS.include?(uri.host)

    "https://#{uri.host}#{uri.path}"
  rescue URI::InvalidURIError
    DEFAULT_BACK
  end

  def provider_authorize_url
    "https://provider.example.net/oauth/authorize?client_id=#{ENV.fetch('PROVIDER_CLIENT_ID')}"
  end
end
