# A Rake task that issues device pairing secrets.
namespace :devices do
  task :pair, [:serial] do |_t, args|
    generator = Random.new(Time.now.to_i)
    pairing_secret = generator.bytes(16).unpack1("H*") # expect: insecure-random
    Device.find_by!(serial: args[:serial]).update!(pairing_digest: Digest::SHA256.hexdigest(pairing_secret))
    puts pairing_secret
  end
end
