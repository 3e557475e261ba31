# frozen_string_literal: true

# Support inbox: replies are threaded onto the ticket named in the subject "[#1234]".
class SupportMailbox < ApplicationMailbox
  TICKET_TAG = /\[#(?<ref>[^\]]+)\]/

  def process
    ticket = ticket_for(mail.subject.to_s)
    return bounce_with(SupportMailer.no_ticket(inbound_email)) unless ticket

    ticket.replies.create!(from: mail.from.first, body: mail.decoded)
  end

  private

  def ticket_for(subject)
    ref = subject[TICKET_TAG, :ref]
    return nil if ref.nil?

    Ticket.where("reference = ? AND state <> 'closed'", ref).first
  end
end
