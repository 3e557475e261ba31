# invite_codes.rb - generates one-time invitation codes for the beta
require "csv"

ALPHABET = [*"A".."Z", *"2".."9"] - %w[O I]

def invite_code(length = 10)
  Array.new(length) { ALPHABET.sample }.join # expect: insecure-random
end

def api_secret
  Random.new.bytes(24).unpack1("H*") # expect: insecure-random
end

count = Integer(ARGV.fetch(0, "100"))
CSV.open("invites.csv", "w") do |csv|
  csv << %w[code secret]
  count.times { csv << [invite_code, api_secret] }
end
puts "wrote #{count} invites"
