require "hanami/cli"

module Ops
  module Commands
    extend Hanami::CLI::Registry

    # Rotates a customer's export folder on the file server.
    class Rotate < Hanami::CLI::Command
      argument :customer, required: true
      option :keep, default: "7"

      def call(customer:, keep:, **)
        folder = "/exports/#{customer}"
        old = `ls -1t #{folder} | tail -n +#{keep}` # expect: command-injection
        old.split("\n").each { |name| File.delete(File.join(folder, File.basename(name))) }
      end
    end

    register "rotate", Rotate
  end
end
