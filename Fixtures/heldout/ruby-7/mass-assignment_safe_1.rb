# AnyCable channel (Rails): the profile editor saves fields over the socket as the user types.
class ProfileChannel < ApplicationCable::Channel
  PROFILE_FIELDS = %w[display_name bio location website].freeze
  LINK_FIELDS = %w[label url].freeze

  def subscribed
    stream_for current_user
  end

  def save(data)
    profile = current_user.profile
    if profile.update(Hash(data["profile"]).slice(*PROFILE_FIELDS))
      transmit(status: "saved", at: profile.updated_at.iso8601)
    else
      transmit(status: "invalid", errors: profile.errors.full_messages)
    end
  end

  def add_link(data)
    link = current_user.profile.links.build(data.slice(*LINK_FIELDS))
    link.save!
    transmit(status: "link-added", id: link.id)
  end
end
