# frozen_string_literal: true

module Mutations
  # Profile editor of the member app; the client sends the changed fields as one JSON object.
  class UpdateProfile < BaseMutation
    EDITABLE = %w[display_name bio locale time_zone avatar_url].freeze

    argument :member_id, ID, required: true
    argument :changes, GraphQL::Types::JSON, required: true

    field :member, Types::MemberType, null: true
    field :errors, [String], null: false

    def resolve(member_id:, changes:)
      member = Member.find(member_id)
      raise GraphQL::ExecutionError, "forbidden" unless context[:current_member] == member

      member.update(changes.to_h.slice(*EDITABLE))
      { member: member, errors: member.errors.full_messages }
    end
  end

  # Team admins invite people; the invitation form posts the new member's fields.
  class InviteMember < BaseMutation
    argument :team_id, ID, required: true
    argument :email, String, required: true
    argument :display_name, String, required: false

    field :member, Types::MemberType, null: true

    def resolve(team_id:, email:, display_name: nil)
      team = context[:current_member].administered_teams.find(team_id)
      { member: Member.create!(email: email, display_name: display_name, team_id: team.id, role: "member") }
    end
  end
end
