"""communique.store"""
