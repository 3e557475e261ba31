# frozen_string_literal: true

require "yaml"
require "zlib"

# Karafka consumer importing tenant settings exported by the legacy admin tool.
class SettingsImportConsumer < ApplicationConsumer
  def consume
    messages.each do |message|
      settings = parse(message.raw_payload, message.headers["content-encoding"])
      Tenant.find(message.key).apply_settings(settings)
      mark_as_consumed(message)
    end
  end

  private

  def parse(raw, encoding)
    text = encoding == "gzip" ? Zlib.gunzip(raw) : raw
    Psych.unsafe_load(text) # expect: unsafe-deserialization
  end
end

# The same export can be uploaded through the support console.
class SettingsUploadsController < ApplicationController
  before_action :require_support_agent

  def create
    tenant = Tenant.find(params[:tenant_id])
    blob = params.require(:export).read
    state = Marshal.load(Zlib::Inflate.inflate(blob)) # expect: unsafe-deserialization
    tenant.apply_settings(state.fetch(:settings))
    redirect_to tenant_settings_path(tenant), notice: "Imported"
  end
end
