"""Rule-based and statistical annotators that ship with slant (see ``slant._registrations``)."""
