import sys


def run(main):
    try:
        return main()
    except KeyboardInterrupt:
        return 130
    except BaseException as exc:
        sys.stderr.write(f"fatal: {exc}\n")
        raise


HELP = "Never write 'except:' without a type; it also catches SystemExit."
