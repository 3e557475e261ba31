# frozen_string_literal: true

# Inbound "print" emails: the subject names one of the office printers.
class PrintMailbox < ApplicationMailbox
  PRINTERS = %w[lobby-laser floor2-color floor3-mono].freeze

  before_processing :require_known_sender

  def process
    queue = PRINTERS.find { |name| name == mail.subject.to_s.strip } || PRINTERS.first
    mail.attachments.each do |attachment|
      path = store(attachment)
      ok = system("lp", "-d", queue, "--", path.to_s)
      Rails.logger.info("lp #{queue}: #{ok ? 'queued' : 'failed'}")
    end
  end

  private

  def store(attachment)
    dir = Rails.root.join("tmp", "print")
    FileUtils.mkdir_p(dir)
    path = dir.join("#{SecureRandom.hex(8)}.pdf")
    File.binwrite(path, attachment.decoded)
    path
  end

  def require_known_sender
    bounce_with PrintMailer.unknown(inbound_email) unless Member.exists?(email: mail.from.first)
  end
end
