"""Eligibility and fit: requirements from the posting, a profile from the resume, a report."""
