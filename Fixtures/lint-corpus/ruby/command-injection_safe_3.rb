require "thor"
require "shellwords"

class DocsTool < Thor
  BUCKETS = { "staging" => "docs-staging", "live" => "docs-live" }.freeze

  desc "publish BRANCH", "build BRANCH and upload it"
  def publish(branch, target = "staging")
    system("git", "checkout", branch)
    system("bundle exec jekyll build")
    bucket = BUCKETS.fetch(target)
    out = `aws s3 sync _site s3://#{bucket} --delete`
    say out
  end

  desc "grep WORD", "search the built pages"
  def grep(word)
    say `grep -rl #{Shellwords.escape(word)} _site`
  end
end
