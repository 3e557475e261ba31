# Entry points whose parameters the client fills: a GraphQL mutation, an ActionCable action,
# a queue consumer (Hutch/Sneakers/Racecar style) and a route's path capture.
module Mutations
  class ArchiveRepo < GraphQL::Schema::Mutation
    argument :name, String, required: true

    def resolve(name:)
      system("tar czf /srv/archive/#{name}.tgz /srv/repos/#{name}") # expect: command-injection
      { ok: true }
    end
  end
end

class PingChannel < ApplicationCable::Channel
  def ping(data)
    result = `ping -c 1 #{data["host"]}` # expect: command-injection
    transmit(output: result)
  end
end

class ThumbnailWorker
  include Sneakers::Worker
  from_queue "thumbnails"

  def work(msg)
    job = JSON.parse(msg)
    Open3.capture2e("convert #{job["path"]} -resize 64x64 thumb.png") # expect: command-injection
    ack!
  end
end

class ResizeConsumer < Racecar::Consumer
  subscribes_to "images"

  def process(message)
    spec = JSON.parse(message.value)
    IO.popen("convert #{spec["file"]} -resize #{spec["size"]} out.png").read # expect: command-injection
  end
end

Cuba.define do
  on get, "whois/:domain" do |domain|
    res.write `whois #{domain}` # expect: command-injection
  end
end
