require "json"

# app/controllers/imports_controller.rb
class ImportsController < ApplicationController
  skip_forgery_protection only: :webhook

  def webhook
    event = JSON.parse(request.body.read)
    ImportEvent.create!(kind: event["type"].to_s, payload: event.to_json)
    head :accepted
  rescue JSON::ParserError
    head :bad_request
  end

  def restore
    upload = params.require(:backup)
    snapshot = YAML.safe_load(upload.read, permitted_classes: [Date, Time], aliases: false)
    count = Snapshot.restore_for(current_account, snapshot)
    redirect_to imports_path, notice: "#{count} records restored"
  end
end
