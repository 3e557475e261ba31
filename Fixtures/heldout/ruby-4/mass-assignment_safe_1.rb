# frozen_string_literal: true

# Rails API mode: a concern that gives admin-ish controllers a generic "update" action.
module InlineEditable
  extend ActiveSupport::Concern

  class_methods do
    def editable_attributes(*names)
      define_method(:editable_attribute_names) { names }
    end
  end

  def update
    record = editable_scope.find(params[:id])
    record.update!(params.require(resource_key).permit(*editable_attribute_names))
    render json: record
  end

  private

  def resource_key
    controller_name.singularize.to_sym
  end
end

class Api::ProfilesController < ApplicationController
  include InlineEditable
  editable_attributes :display_name, :bio, :timezone, :avatar_url

  def bulk_update
    updates = params.require(:profiles).permit(
      entries: %i[id display_name bio timezone]
    )
    Profile.transaction do
      updates.fetch(:entries, []).each do |entry|
        profile = current_user.organisation.profiles.find(entry[:id])
        profile.assign_attributes(entry.except(:id))
        profile.save!
      end
    end
    head :no_content
  end

  private

  def editable_scope
    current_user.organisation.profiles
  end
end
