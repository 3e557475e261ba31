# frozen_string_literal: true

# Rails API mode: a concern that gives admin-ish controllers a generic "update" action.
module InlineEditable
  extend ActiveSupport::Concern

  def update
    record = editable_scope.find(params[:id])
    record.update!(params.require(resource_key).permit!) # expect: mass-assignment
    render json: record
  end

  private

  def resource_key
    controller_name.singularize.to_sym
  end
end

class Api::ProfilesController < ApplicationController
  include InlineEditable

  def bulk_update
    updates = params.require(:profiles).to_unsafe_h
    Profile.transaction do
      updates.each do |id, attrs|
        current_user.organisation.profiles.find(id).assign_attributes(attrs) # expect: mass-assignment
      end
    end
    head :no_content
  end

  private

  def editable_scope
    current_user.organisation.profiles
  end
end
