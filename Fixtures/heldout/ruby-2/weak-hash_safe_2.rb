require "digest/md5"
require "bcrypt"
require "aws-sdk-s3"

class AssetPublisher
  def initialize(bucket)
    @bucket = bucket
  end

  # S3 checks the upload against Content-MD5; this is an integrity check, not a secret.
  def publish(path, key)
    body = File.binread(path)
    @bucket.object(key).put(body: body, content_md5: Digest::MD5.base64digest(body), cache_control: "max-age=31536000")
    fingerprint(body)
  end

  # Asset fingerprint for cache busting: app.css -> app-3f2a9c1e.css
  def fingerprint(body)
    Digest::MD5.hexdigest(body)[0, 8]
  end
end

class Member
  attr_reader :password_hash

  def password=(plain)
    @password_hash = BCrypt::Password.create(plain, cost: 12)
  end

  def password_matches?(plain)
    BCrypt::Password.new(password_hash) == plain
  end
end
