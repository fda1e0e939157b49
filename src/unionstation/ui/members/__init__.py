"""The members page: the register, the enrollment form, drives, and grassroots unions."""
