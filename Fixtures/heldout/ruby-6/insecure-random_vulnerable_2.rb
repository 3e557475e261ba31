# Jets controller: API keys for the partner portal.
class ApiKeysController < ApplicationController
  def create
    key = current_partner.api_keys.create!(label: params[:label].to_s, secret: new_secret)
    render json: { id: key.id, secret: key.secret }, status: 201
  end

  def rotate_webhook_secret
    current_partner.update!(webhook_secret: Random.rand(2**128).to_s(36)) # expect: insecure-random
    head :no_content
  end

  private

  def new_secret
    chars = [*"a".."z", *"A".."Z", *"0".."9"]
    (1..40).map { chars[rand(chars.length)] }.join # expect: insecure-random
  end
end
