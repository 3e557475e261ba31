require "json"

# app/controllers/imports_controller.rb
class ImportsController < ApplicationController
  skip_forgery_protection only: :webhook

  def webhook
    event = JSON.load(request.body) # expect: unsafe-deserialization
    ImportEvent.create!(kind: event["type"].to_s, payload: event.to_json)
    head :accepted
  end

  def restore
    upload = params.require(:backup)
    snapshot = Psych.unsafe_load(upload.read) # expect: unsafe-deserialization
    count = Snapshot.restore_for(current_account, snapshot)
    redirect_to imports_path, notice: "#{count} records restored"
  end
end
