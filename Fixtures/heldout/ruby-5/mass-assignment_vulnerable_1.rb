# frozen_string_literal: true

module Mutations
  # Profile editor of the member app; the client sends the changed fields as one JSON object.
  class UpdateProfile < BaseMutation
    argument :member_id, ID, required: true
    argument :changes, GraphQL::Types::JSON, required: true

    field :member, Types::MemberType, null: true
    field :errors, [String], null: false

    def resolve(member_id:, changes:)
      member = Member.find(member_id)
      raise GraphQL::ExecutionError, "forbidden" unless context[:current_member] == member

      member.update(changes) # expect: mass-assignment
      { member: member, errors: member.errors.full_messages }
    end
  end

  # Team admins invite people; the invitation form posts the new member's fields.
  class InviteMember < BaseMutation
    argument :team_id, ID, required: true
    argument :attributes, GraphQL::Types::JSON, required: true

    field :member, Types::MemberType, null: true

    def resolve(team_id:, attributes:)
      team = context[:current_member].administered_teams.find(team_id)
      fields = attributes.to_h.merge("team_id" => team.id)
      { member: Member.create!(fields) } # expect: mass-assignment
    end
  end
end
