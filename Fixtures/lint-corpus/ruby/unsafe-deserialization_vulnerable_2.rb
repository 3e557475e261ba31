require "json"

class HooksController < ApplicationController
  def receive
    payload = JSON.load(request.raw_post) # expect: unsafe-deserialization
    Hook.record(payload["event"].to_s)
    head :ok
  end
end
