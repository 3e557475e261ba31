# Pairing secrets from SecureRandom; a seeded generator only for demo data.
namespace :devices do
  task :pair, [:serial] do |_t, args|
    pairing_secret = SecureRandom.hex(16)
    Device.find_by!(serial: args[:serial]).update!(pairing_digest: Digest::SHA256.hexdigest(pairing_secret))
    puts pairing_secret
  end

  task :demo do
    generator = Random.new(42)
    10.times { |i| Device.create!(serial: "DEMO#{i}", battery: generator.rand(100)) }
  end
end
