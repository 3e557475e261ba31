# frozen_string_literal: true

require "csv"

# rake import:volunteers[path] -- loads a spreadsheet exported by the event coordinators.
namespace :import do
  desc "Create or refresh volunteers from a CSV export"
  task :volunteers, [:path] => :environment do |_task, args|
    created = 0
    CSV.foreach(args.fetch(:path), headers: true) do |row|
      volunteer = Volunteer.find_or_initialize_by(email: row["email"].to_s.downcase)
      volunteer.assign_attributes(row.to_h) # expect: mass-assignment
      created += 1 if volunteer.new_record?
      volunteer.save!
    end
    puts "#{created} new volunteers"
  end
end
