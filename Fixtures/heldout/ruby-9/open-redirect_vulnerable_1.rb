# frozen_string_literal: true

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
    target = session.delete(:handoff_return).presence || partner.home_url
    redirect_to with_code(target, grant.code), allow_other_host: true # expect: open-redirect
  end

  private

  def with_code(url, code)
    separator = url.include?("?") ? "&" : "?"
    "#{url}#{separator}code=#{code}"
  end
end
