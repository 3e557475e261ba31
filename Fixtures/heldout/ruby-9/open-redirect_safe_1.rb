# frozen_string_literal: true

require "uri"

# OAuth-style hand-off: partner apps send people here with a "return_to" they come back to.
class HandoffsController < ApplicationController
  before_action :authenticate_member!

  def new
    session[:handoff_return] = params[:return_to]
    @partner = Partner.find_by!(slug: params[:partner])
  end

  def create
    partner = Partner.find_by!(slug: params[:partner])
    grant = partner.grants.create!(member: current_member, scopes: partner.default_scopes)
    target = registered_target(partner, session.delete(:handoff_return))
    redirect_to with_code(target, grant.code), allow_other_host: true
  end

  private

  def registered_target(partner, candidate)
    uri = URI.parse(candidate.to_s)
    return partner.home_url unless uri.is_a?(URI::HTTPS) && partner.callback_hosts.include?(uri.host)

    uri.to_s
  rescue URI::InvalidURIError
    partner.home_url
  end

  def with_code(url, code)
    separator = url.include?("?") ? "&" : "?"
    "#{url}#{separator}code=#{code}"
  end
end
