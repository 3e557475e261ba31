require "json"

class HooksController < ApplicationController
  DEFAULTS = JSON.load(File.read(Rails.root.join("config", "hooks.json")))

  def receive
    payload = JSON.parse(request.raw_post)
    Hook.record(payload.fetch("event", DEFAULTS["event"]).to_s)
    head :ok
  end
end
