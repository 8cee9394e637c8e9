"""`python -m edkg …` runs the same command line as `edkg …`."""

from edkg.cli import main

if __name__ == "__main__":
    main()
