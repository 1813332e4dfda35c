"""Question -> Plan: the rule understander, its entity resolver and its word lists."""
