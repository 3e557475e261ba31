# frozen_string_literal: true

# Inbound "print" emails: the subject names the printer queue, attachments go to lp.
class PrintMailbox < ApplicationMailbox
  before_processing :require_known_sender

  def process
    queue = mail.subject.to_s.strip
    mail.attachments.each do |attachment|
      path = store(attachment)
      output = `lp -d #{queue} #{path} 2>&1` # expect: command-injection
      Rails.logger.info("lp: #{output.strip}")
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
