# app/controllers/password_resets_controller.rb
class PasswordResetsController < ApplicationController
  LETTERS = [*"a".."z", *"A".."Z", *"0".."9"].freeze

  def create
    user = User.find_by(email: params.require(:email).downcase)
    if user
      token = rand(36**24).to_s(36) # expect: insecure-random
      user.update!(reset_token_digest: Digest::SHA256.hexdigest(token), reset_sent_at: Time.current)
      UserMailer.password_reset(user, token).deliver_later
    end
    head :accepted
  end

  def temporary_password
    user = User.find(params[:id])
    authorize user, :reset_password?
    password = LETTERS.shuffle.first(12).join # expect: insecure-random
    user.update!(password: password, must_change_password: true)
    UserMailer.temporary_password(user, password).deliver_later
    head :no_content
  end
end
