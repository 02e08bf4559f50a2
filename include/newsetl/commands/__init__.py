"""One module per `newsetl` sub-command, each with `register(subparsers)`."""
