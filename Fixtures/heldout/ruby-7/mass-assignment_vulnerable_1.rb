# AnyCable channel (Rails): the profile editor saves fields over the socket as the user types.
class ProfileChannel < ApplicationCable::Channel
  def subscribed
    stream_for current_user
  end

  def save(data)
    profile = current_user.profile
    if profile.update(data["profile"]) # expect: mass-assignment
      transmit(status: "saved", at: profile.updated_at.iso8601)
    else
      transmit(status: "invalid", errors: profile.errors.full_messages)
    end
  end

  def add_link(data)
    link = current_user.profile.links.build(data.except("action")) # expect: mass-assignment
    link.save!
    transmit(status: "link-added", id: link.id)
  end
end
