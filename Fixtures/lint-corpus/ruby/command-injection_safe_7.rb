require "hanami/cli"
require "open3"

module Ops
  module Commands
    extend Hanami::CLI::Registry

    # Rotates a customer's export folder on the file server.
    class Rotate < Hanami::CLI::Command
      argument :customer, required: true

      def call(customer:, **)
        folder = File.join("/exports", File.basename(customer))
        out, _status = Open3.capture2("ls", "-1t", folder)
        out.split("\n").drop(7).each { |name| File.delete(File.join(folder, File.basename(name))) }
      end
    end

    register "rotate", Rotate
  end
end
