"""Text rules every step shares (places, pay, dates, work terms): one home for each, as data-backed
recognizers built on well-kept libraries rather than one-off patterns."""
