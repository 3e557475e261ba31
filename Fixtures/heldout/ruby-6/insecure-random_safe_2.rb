require "securerandom"

# Jets controller: API keys for the partner portal.
class ApiKeysController < ApplicationController
  def create
    key = current_partner.api_keys.create!(label: params[:label].to_s, secret: new_secret)
    render json: { id: key.id, secret: key.secret }, status: 201
  end

  def rotate_webhook_secret
    current_partner.update!(webhook_secret: SecureRandom.hex(32))
    head :no_content
  end

  private

  def new_secret
    SecureRandom.alphanumeric(40)
  end
end
