# A command's options start as a deep copy of its defaults, so that parsing one command line never
# changes the defaults the next command starts from.
class Command
  DEFAULTS = { verbose: false, paths: [], env: { "LANG" => "C" } }.freeze

  def initialize(defaults = DEFAULTS)
    @defaults = defaults
  end

  def options_for(args)
    options = Marshal.load Marshal.dump @defaults # deep copy
    options[:paths].concat(args)
    options
  end

  def platform_defaults
    Marshal.load Marshal.dump(DEFAULTS)
  end
end
