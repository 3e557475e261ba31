module Mutations
  class ArchiveRepo < GraphQL::Schema::Mutation
    argument :name, String, required: true

    def resolve(name:)
      return { ok: false } unless name.match?(/\A[a-z0-9_-]+\z/)

      system("tar", "czf", "/srv/archive/#{name}.tgz", "/srv/repos/#{name}")
      { ok: true }
    end
  end
end

class PingChannel < ApplicationCable::Channel
  def ping(data)
    result = IO.popen(["ping", "-c", "1", "--", data["host"].to_s], &:read)
    transmit(output: result)
  end

  private

  def report(status)
    `uptime` if status
  end
end

class ThumbnailWorker
  include Sneakers::Worker
  from_queue "thumbnails"

  def work(msg)
    job = JSON.parse(msg)
    Open3.capture2e("convert", job["path"].to_s, "-resize", "64x64", "thumb.png")
    ack!
  end
end

Cuba.define do
  on get, "whois/:domain" do |domain|
    res.write Shellwords.escape(domain)
    res.write `whois #{Shellwords.escape(domain)}`
  end
end
