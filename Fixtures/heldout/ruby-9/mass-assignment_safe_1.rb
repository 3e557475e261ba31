# frozen_string_literal: true

# GraphQL mutation: a member edits their own profile card.
module Mutations
  class UpdateProfile < BaseMutation
    EDITABLE = %w[display_name pronouns bio website time_zone].freeze

    argument :attributes, GraphQL::Types::JSON, required: true

    field :member, Types::MemberType, null: true
    field :errors, [String], null: false

    def resolve(attributes:)
      member = context[:current_member]
      raise GraphQL::ExecutionError, "sign in first" unless member

      changes = normalise(attributes).slice(*EDITABLE)
      if member.update(changes)
        { member: member, errors: [] }
      else
        { member: nil, errors: member.errors.full_messages }
      end
    end

    private

    def normalise(attributes)
      attributes.to_h.transform_keys { |key| key.to_s.underscore }
    end
  end
end
