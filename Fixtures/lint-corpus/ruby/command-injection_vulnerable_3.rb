require "thor"

# Release helper for the docs site.
class DocsTool < Thor
  desc "publish BRANCH", "build BRANCH and upload it"
  def publish(branch, bucket = "docs-staging")
    system("git checkout #{branch} && bundle exec jekyll build") # expect: command-injection
    out = `aws s3 sync _site s3://#{bucket} --delete` # expect: command-injection
    say out
  end
end

DocsTool.start(ARGV)
